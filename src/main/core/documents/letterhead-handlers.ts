import type { FeatureHandlers } from '../handlers';
import { readImage, uploadImage } from './images-service';
import { getLetterhead, saveLetterhead } from './letterhead-service';
import { listSigners, saveSigner } from './signers-service';

/** The letterhead, its signers and the stored images (emblem, signatures). */
export function letterheadHandlers(): FeatureHandlers<'letterhead'> {
  return {
    'letterhead.get': (_input, call) => getLetterhead(call.db),
    'letterhead.save': (input, call) => saveLetterhead(call, input),
    'letterhead.signers': ({ includeInactive }, call) => listSigners(call.db, includeInactive),
    'letterhead.saveSigner': (input, call) => saveSigner(call, input),
    'letterhead.uploadImage': (input, call) => uploadImage(call, input),
    'letterhead.image': ({ imageId }, call) => readImage(call.db, imageId),
  };
}
