import { splitOf } from '../labelled-data';
import type { RowFilter } from './types';

/** For learned classifiers: score only rows of the shared `test` split, never those trained or tuned on. */
export const TEST_SPLIT: RowFilter = {
  label: 'test split',
  keep: (setName, row) => splitOf(setName, row) === 'test',
};
