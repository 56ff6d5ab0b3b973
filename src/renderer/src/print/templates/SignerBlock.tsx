/** @jsxRuntime automatic */
import type { SignerSnapshot } from '../../../../shared/domain/documents';
import { digits } from './document-text';
import { PrintImage } from './PrintImage';

interface SignerBlockProps {
  signer: SignerSnapshot;
  images: Readonly<Record<string, string>>;
  thaiDigits: boolean;
}

/**
 * The signature space, the (full name) in brackets and the position lines. Without a stored
 * signature image the space stays empty, to be signed by hand.
 */
export function SignerBlock({ signer, images, thaiDigits }: SignerBlockProps) {
  return (
    <div className="pd-signer" data-part="signer">
      <div className="pd-signature-space">
        <PrintImage imageRef={signer.signature} images={images} className="pd-signature" />
      </div>
      <p className="pd-signer-name pd-v">({digits(signer.fullName, thaiDigits)})</p>
      {signer.positionLines.map((line, index) => (
        <p key={index} className="pd-signer-position pd-v">
          {digits(line, thaiDigits)}
        </p>
      ))}
    </div>
  );
}
