// Unit tests use the modules as the headless entry does: with both languages' catalogues in place.
import { installJapanese } from '../src/i18n/japanese';
import { installJapaneseProblemWords } from '../src/i18n/problem-words.ja';

installJapanese();
installJapaneseProblemWords();
