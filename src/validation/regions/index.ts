export type { Prefecture, Region } from './region';
export { AU_STATES } from './au';
export { CA_PROVINCES } from './ca';
export { JP_PREFECTURES } from './jp';
export { US_STATES } from './us';
export { findRegion, regionsFor, validateRegion } from './lookup';
