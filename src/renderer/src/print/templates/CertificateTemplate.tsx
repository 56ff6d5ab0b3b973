/** @jsxRuntime automatic */
import { QRCodeSVG } from 'qrcode.react';
import type { CertificateModel } from '../../../../shared/domain/documents';
import { certificateGivenOn, digits } from './document-text';
import { PrintImage } from './PrintImage';
import { SignerBlock } from './SignerBlock';

interface CertificateTemplateProps {
  model: CertificateModel;
  images: Readonly<Record<string, string>>;
}

/**
 * เกียรติบัตร on A4 landscape (DOMAIN.md): emblem, agency, the formula, the holder's name large,
 * the achievement, the date given, one or two signers side by side, and at the bottom corner the
 * serial with a QR of the verification code that the app's verify screen checks. The QR is SVG
 * drawn by the library from the code (ASCII only), so nothing is parsed as markup.
 */
export function CertificateTemplate({ model, images }: CertificateTemplateProps) {
  const thai = model.letterhead.thaiDigits;
  const d = (text: string) => digits(text, thai);
  return (
    <div className="pd-certificate">
      <div className="pd-certificate-frame">
        <div className="pd-certificate-body">
          <div className="pd-cert-emblem" data-part="emblem">
            <PrintImage imageRef={model.letterhead.emblem} images={images} className="pd-emblem" />
          </div>
          <p className="pd-cert-agency pd-v" data-part="agency">
            {d(model.letterhead.agencyName)}
          </p>
          <p className="pd-cert-formula" data-part="formula">
            ขอมอบเกียรติบัตรฉบับนี้ไว้เพื่อแสดงว่า
          </p>
          <p className="pd-cert-holder pd-v" data-part="holder">
            {d(model.holderName)}
          </p>
          <p className="pd-cert-achievement pd-v" data-part="achievement">
            {d(model.achievementText)}
          </p>
          {model.detailText.trim() !== '' && (
            <p className="pd-cert-detail pd-v" data-part="detail">
              {d(model.detailText)}
            </p>
          )}
          <p className="pd-cert-given pd-v" data-part="given-on">
            {certificateGivenOn(model.issuedOn, thai)}
          </p>
          <div className="pd-cert-signers" data-part="signers" data-count={model.signers.length}>
            {model.signers.map((signer, index) => (
              <SignerBlock key={index} signer={signer} images={images} thaiDigits={thai} />
            ))}
          </div>
        </div>
        <div className="pd-cert-verify" data-part="verification">
          {/* A preview has no serial yet and so no code: it gets no QR, never a code that fails. */}
          {model.verificationCode !== '' && (
            <QRCodeSVG
              className="pd-cert-qr"
              value={model.verificationCode}
              level="M"
              marginSize={0}
              size={128}
              data-part="qr"
            />
          )}
          <p className="pd-cert-serial">
            <span className="pd-label">เลขที่</span>
            <span className="pd-v">{d(model.serial)}</span>
          </p>
          {model.verificationCode !== '' && <p className="pd-cert-scan">สแกนเพื่อตรวจสอบ</p>}
        </div>
      </div>
    </div>
  );
}
