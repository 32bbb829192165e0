import { AU_STATES } from './au';
import { CA_PROVINCES } from './ca';
import { JP_PREFECTURES } from './jp';
import { installRegions } from './lookup';
import { US_STATES } from './us';

/** Every country's list in place at once, for the headless entry and the unit tests (the elements load one per country). */
export function installAllRegions(): void {
  installRegions('AU', AU_STATES);
  installRegions('CA', CA_PROVINCES);
  installRegions('JP', JP_PREFECTURES);
  installRegions('US', US_STATES);
}
