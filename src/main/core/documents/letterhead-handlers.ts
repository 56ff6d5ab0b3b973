import type { FeatureHandlers } from '../handlers';
import { notBuilt } from '../call/not-built';

/** The letterhead, signers and stored images (issue 10, being built). */
export function letterheadHandlers(): FeatureHandlers<'letterhead'> {
  return notBuilt([
    'letterhead.get',
    'letterhead.save',
    'letterhead.signers',
    'letterhead.saveSigner',
    'letterhead.uploadImage',
    'letterhead.image',
  ]);
}
