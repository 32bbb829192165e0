// The frame page of `isolation="frame"`: the form on an origin of its own (README, "Isolation mode").
import { startFramePage } from '../components/frame/frame-page';

startFramePage();
