/**
 * The questions every start asks first (useStartup, loadSkeletons, the archive's status, the recovery list),
 * put to the host before the rest of the page's code is evaluated: main.tsx imports this module first, so the
 * answers travel while React, Slate and the features load (300 ms and more on a slow office machine) rather
 * than after the first render. Each answer is handed to the first call of its method (host/index.ts).
 */
import { askEarly } from './index';

askEarly(['startup', 'prefsGet', 'draftRecent', 'corpusSkeletons', 'corpusStatus', 'draftRecoveryList']);
