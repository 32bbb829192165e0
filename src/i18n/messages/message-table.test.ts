import { describe, expect, it } from 'vitest';
import { messageTable } from './message-table';

describe('the message table', () => {
  // A change of wording in either language shows here as a diff to review; a new code without samples fails to compile.
  it('matches the reviewed table of every issue code in English and Japanese', async () => {
    await expect(messageTable()).toMatchFileSnapshot('./message-table.snap.md');
  });

  it('names the field and says what to do at an empty field', () => {
    const table = messageTable();
    expect(table).toContain('| Choose a state. | 州を選択してください。 |');
    expect(table).toContain('| Choose a prefecture. | 都道府県を選択してください。 |');
    expect(table).toContain('| Accept the terms of service to continue. | 続けるには、利用規約に同意してください。 |');
    expect(table).toContain('Enter the last 4 digits of the Social Security number, like 1234.');
    expect(table).not.toMatch(/too many or too few/u);
  });
});
