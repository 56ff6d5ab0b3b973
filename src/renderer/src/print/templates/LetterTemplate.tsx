/** @jsxRuntime automatic */
import type { LetterModel } from '../../../../shared/domain/documents';
import { digits, listNumber, longThaiDate } from './document-text';
import { PrintImage } from './PrintImage';
import { SignerBlock } from './SignerBlock';

interface LetterTemplateProps {
  model: LetterModel;
  images: Readonly<Record<string, string>>;
}

/**
 * หนังสือภายนอก, part by part in the order of the ระเบียบงานสารบรรณ (docs: /work/shared/DOMAIN.md):
 * emblem; ที่ and the agency's address on one band; the date from the centre line; เรื่อง; เรียน;
 * อ้างถึง and สิ่งที่ส่งมาด้วย when there are any; the body; the closing; the signature block; the
 * owning division and its contacts at the bottom left; สำเนาส่ง when there is any. The page box,
 * margins and the page number of page 2 on are in print.css (`@page letter`).
 */
export function LetterTemplate({ model, images }: LetterTemplateProps) {
  const thai = model.letterhead.thaiDigits;
  const d = (text: string) => digits(text, thai);
  const { footer } = model;
  const contacts = [
    { label: 'โทร.', value: footer.phone },
    { label: 'โทรสาร', value: footer.fax },
    { label: 'ไปรษณีย์อิเล็กทรอนิกส์', value: footer.email },
    { label: 'ผู้ประสานงาน', value: footer.contactPerson },
  ].filter((line) => line.value.trim() !== '');

  return (
    <div className="pd-letter">
      <div className="pd-emblem-band" data-part="emblem">
        <PrintImage imageRef={model.letterhead.emblem} images={images} className="pd-emblem" />
      </div>

      <div className="pd-head-band">
        <p className="pd-number" data-part="number">
          <span className="pd-label">ที่</span>
          <span className="pd-v">{d(model.number)}</span>
        </p>
        <div className="pd-agency" data-part="agency">
          <p className="pd-v">{d(model.letterhead.agencyName)}</p>
          {model.letterhead.addressLines.map((line, index) => (
            <p key={index} className="pd-v">
              {d(line)}
            </p>
          ))}
        </div>
      </div>

      <p className="pd-date pd-v" data-part="date">
        {longThaiDate(model.issuedOn, thai)}
      </p>

      <LabelledLine part="subject" label="เรื่อง" value={d(model.subject)} />
      <LabelledLine part="addressee" label="เรียน" value={d(model.addressee)} />
      {model.references.length > 0 && (
        <LabelledList part="references" label="อ้างถึง" items={model.references} thai={thai} />
      )}
      {model.enclosures.length > 0 && (
        <LabelledList part="enclosures" label="สิ่งที่ส่งมาด้วย" items={model.enclosures} thai={thai} />
      )}

      <div className="pd-body" data-part="body">
        {model.paragraphs.map((paragraph, index) => (
          <p key={index} className="pd-paragraph pd-v">
            {d(paragraph)}
          </p>
        ))}
        {model.details.length > 0 && (
          <dl className="pd-details" data-part="details">
            {model.details.map((detail, index) => (
              <div key={index} className="pd-detail">
                <dt className="pd-v">{d(detail.label)}</dt>
                <dd className="pd-v">{d(detail.value)}</dd>
              </div>
            ))}
          </dl>
        )}
      </div>

      {/* The closing paragraph goes with the signature: a signature never starts a page alone. */}
      <div className="pd-closing">
        <p className="pd-paragraph pd-v" data-part="closing-paragraph">
          {d(model.closingParagraph)}
        </p>
        <div className="pd-sign-column">
          <p className="pd-complimentary-close pd-v" data-part="complimentary-close">
            {d(model.complimentaryClose)}
          </p>
          <SignerBlock signer={model.signer} images={images} thaiDigits={thai} />
        </div>
      </div>

      <div className="pd-letter-footer" data-part="footer">
        {footer.owningDivision.trim() !== '' && <p className="pd-v">{d(footer.owningDivision)}</p>}
        {contacts.map((line) => (
          <p key={line.label}>
            <span className="pd-label">{line.label}</span>
            <span className="pd-v">{d(line.value)}</span>
          </p>
        ))}
      </div>

      {model.copyTo.length > 0 && (
        <LabelledList part="copy-to" label="สำเนาส่ง" items={model.copyTo} thai={thai} />
      )}
    </div>
  );
}

function LabelledLine({ part, label, value }: { part: string; label: string; value: string }) {
  return (
    <div className="pd-labelled" data-part={part}>
      <span className="pd-label">{label}</span>
      <span className="pd-v">{value}</span>
    </div>
  );
}

/** One item on the label's line; several are numbered (๑. ๒.) one a line, as letters list them. */
function LabelledList({
  part,
  label,
  items,
  thai,
}: {
  part: string;
  label: string;
  items: readonly string[];
  thai: boolean;
}) {
  const numbered = items.length > 1;
  return (
    <div className="pd-labelled" data-part={part}>
      <span className="pd-label">{label}</span>
      <ol className="pd-list pd-v">
        {items.map((item, index) => (
          <li key={index}>
            {numbered && <span className="pd-list-number">{listNumber(index, thai)}</span>}
            <span>{digits(item, thai)}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
