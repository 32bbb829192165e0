// Unit tests use the modules as the headless entry does: with both languages' catalogues and every
// table in place (tests of loading on demand start from a fresh module graph).
import { installAccountParts } from '../src/fields/account-parts';
import { installJapanese } from '../src/i18n/japanese';
import { installJapaneseProblemWords } from '../src/i18n/problem-words.ja';
import { installIdNumberTables } from '../src/validation/id-numbers/install-all';
import { installAllRegions } from '../src/validation/regions/install-all';

installJapanese();
installJapaneseProblemWords();
installAccountParts();
installIdNumberTables();
installAllRegions();
