import { crc32, deflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LetterheadSave, SignerSave } from '../../src/shared/domain/documents';
import { IMAGE_MAX_BYTES } from '../../src/shared/domain/documents';
import { ADMIN, MENTOR, OFFICER } from '../support/office';
import { auditEvents, officeDb } from '../support/cases';
import { useMentorOffice } from '../support/mentors';

/** A real 2×2 RGB PNG: signature, IHDR, one IDAT (deflated scanlines), IEND, each with its CRC. */
function tinyPng(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  const scanlines = Buffer.from([0, 255, 0, 0, 0, 0, 255, 0, 0, 255, 0, 255, 255, 255]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(scanlines)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A baseline 1×1 JPEG (JFIF APP0, quantisation table, frame, Huffman table, scan, EOI). */
const TINY_JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////' +
    '////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQAB' +
    'PxA=',
  'base64',
);

const PLAIN_SVG =
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">' +
  '<defs><linearGradient id="g"><stop offset="0" stop-color="#c90"/></linearGradient></defs>' +
  '<!-- ตราสำนักงาน --><style>circle { fill: url(#g); }</style>' +
  '<circle cx="5" cy="5" r="4" fill="url(#g)"/><use xlink:href="#g"/><text x="1" y="9">ตรา &amp; ก</text></svg>';

const UNSAFE_SVGS = {
  script: '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
  onload: '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect/></svg>',
  externalHref:
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><image xlink:href="http://example.com/x.png"/></svg>',
  foreignObject:
    '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><div>x</div></foreignObject></svg>',
  entity:
    '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x "y">]><svg xmlns="http://www.w3.org/2000/svg">&x;</svg>',
  javascriptHref:
    '<svg xmlns="http://www.w3.org/2000/svg"><a href=" java&#115;cript:alert(1)"><rect/></a></svg>',
  cssImport:
    '<svg xmlns="http://www.w3.org/2000/svg"><style>@import "http://x/y.css";</style></svg>',
  cssUrl: '<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill: url(http://x/y)"/></svg>',
  stylesheetInstruction:
    '<?xml version="1.0"?><?xml-stylesheet href="http://x/y.css"?><svg xmlns="http://www.w3.org/2000/svg"/>',
  animatedHref:
    '<svg xmlns="http://www.w3.org/2000/svg"><a><set attributeName="href" to="http://x"/></a></svg>',
};

const b64 = (bytes: Buffer | string) => Buffer.from(bytes).toString('base64');

function letterheadInput(overrides: Partial<LetterheadSave> = {}): LetterheadSave {
  return {
    agencyName: 'สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดขอนแก่น',
    addressLines: 'ศาลากลางจังหวัดขอนแก่น\nถนนหน้าเมือง อำเภอเมืองขอนแก่น\nจังหวัดขอนแก่น ๔๐๐๐๐',
    phone: '๐ ๔๓๒๓ ๖๘๘๘',
    fax: '๐ ๔๓๒๓ ๖๘๘๙',
    email: 'khonkaen@m-society.go.th',
    owningDivision: 'กลุ่มการพัฒนาสังคม',
    numberPrefix: 'ขก ๐๐๓๓/',
    thaiDigits: true,
    emblemImageId: null,
    defaultLetterSignerId: null,
    defaultCertificateSignerIds: [],
    version: 0,
    ...overrides,
  };
}

function signerInput(overrides: Partial<SignerSave> = {}): SignerSave {
  return {
    fullName: 'นางสาวสมศรี ใจดี',
    positionLines: 'พัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดขอนแก่น',
    signatureImageId: null,
    active: true,
    version: 0,
    ...overrides,
  };
}

describe('the letterhead', () => {
  const office = useMentorOffice();

  beforeAll(async () => {
    await office().ok('session.signOut');
    await office().ok('session.signIn', { userName: ADMIN.userName, password: ADMIN.password });
  });

  const upload = (bytes: Buffer | string, purpose: 'emblem' | 'signature' = 'emblem') =>
    office().call('letterhead.uploadImage', { purpose, dataBase64: b64(bytes) });

  it('answers an unconfigured default, then saves and reads back, digits normalised', async () => {
    expect(await office().ok('letterhead.get')).toMatchObject({ configured: false, version: 0 });
    const saved = await office().ok('letterhead.save', letterheadInput());
    expect(saved).toMatchObject({
      configured: true,
      version: 1,
      numberPrefix: 'ขก 0033/',
      addressLines: ['ศาลากลางจังหวัดขอนแก่น', 'ถนนหน้าเมือง อำเภอเมืองขอนแก่น', 'จังหวัดขอนแก่น ๔๐๐๐๐'],
      thaiDigits: true,
    });
    expect(await office().ok('letterhead.get')).toEqual(saved);

    // A form read before that save is stale.
    expect(await office().call('letterhead.save', letterheadInput({ phone: '1' }))).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', reason: 'stale_version' },
    });
    const again = await office().ok(
      'letterhead.save',
      letterheadInput({ version: 1, fax: '', numberPrefix: 'ขก 0033/' }),
    );
    expect(again).toMatchObject({ version: 2, fax: '' });

    const events = await auditEvents(office(), 'letterhead.saved');
    const details = events.map((event) => JSON.parse(event.details ?? '{}') as unknown);
    expect(details[0]).toMatchObject({ version: 1 });
    expect((details[0] as { fields: string[] }).fields).toContain('numberPrefix');
    expect(details[1]).toEqual({ fields: ['fax'], version: 2 });
    expect(JSON.stringify(events)).not.toContain('ขอนแก่น');
  });

  it('checks the emblem and the default signers', async () => {
    const current = await office().ok('letterhead.get');
    const refused = async (overrides: Partial<LetterheadSave>, code: string, reason: string) =>
      expect(
        await office().call(
          'letterhead.save',
          letterheadInput({ version: current.version, ...overrides }),
        ),
      ).toMatchObject({ ok: false, error: { code, reason } });
    await refused({ emblemImageId: 99_999 }, 'NOT_FOUND', 'image_not_found');
    await refused({ defaultLetterSignerId: 99_999 }, 'NOT_FOUND', 'signer_not_found');

    const active = await office().ok('letterhead.saveSigner', signerInput());
    const retired = await office().ok(
      'letterhead.saveSigner',
      signerInput({ fullName: 'นายเกษียณ แล้ว', active: false }),
    );
    await refused({ defaultLetterSignerId: retired.signerId }, 'CONFLICT', 'signer_inactive');
    await refused(
      { defaultCertificateSignerIds: [active.signerId, active.signerId] },
      'VALIDATION',
      'signer_repeated',
    );
    expect(
      await office().call(
        'letterhead.save',
        letterheadInput({
          version: current.version,
          defaultCertificateSignerIds: [active.signerId, active.signerId, active.signerId],
        }),
      ),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    const emblem = await office().ok('letterhead.uploadImage', {
      purpose: 'emblem',
      dataBase64: b64(tinyPng()),
    });
    const saved = await office().ok(
      'letterhead.save',
      letterheadInput({
        version: current.version,
        emblemImageId: emblem.imageId,
        defaultLetterSignerId: active.signerId,
        defaultCertificateSignerIds: [active.signerId],
      }),
    );
    expect(saved).toMatchObject({
      emblemImageId: emblem.imageId,
      defaultLetterSignerId: active.signerId,
      defaultCertificateSignerIds: [active.signerId],
    });
  });

  it('keeps signers: lists, updates with a version, refuses retiring a default', async () => {
    const letterhead = await office().ok('letterhead.get');
    const defaultId = letterhead.defaultLetterSignerId;
    if (defaultId === null) throw new Error('the previous test set a default signer');
    const all = await office().ok('letterhead.signers', { includeInactive: true });
    const activeOnly = await office().ok('letterhead.signers', { includeInactive: false });
    expect(all.length).toBe(activeOnly.length + 1);
    expect(activeOnly.every((signer) => signer.active)).toBe(true);

    const signer = all.find((s) => s.signerId === defaultId);
    if (!signer) throw new Error('default signer listed');
    expect(
      await office().call(
        'letterhead.saveSigner',
        signerInput({ signerId: defaultId, version: signer.version, active: false }),
      ),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'signer_is_default' } });

    const signature = await office().ok('letterhead.uploadImage', {
      purpose: 'signature',
      dataBase64: b64(TINY_JPEG),
    });
    expect(signature.mime).toBe('image/jpeg');
    const updated = await office().ok(
      'letterhead.saveSigner',
      signerInput({
        signerId: defaultId,
        version: signer.version,
        positionLines: 'ผู้อำนวยการกลุ่มการพัฒนาสังคม\nปฏิบัติราชการแทน\nพัฒนาสังคมฯ',
        signatureImageId: signature.imageId,
      }),
    );
    expect(updated).toMatchObject({
      version: signer.version + 1,
      positionLines: ['ผู้อำนวยการกลุ่มการพัฒนาสังคม', 'ปฏิบัติราชการแทน', 'พัฒนาสังคมฯ'],
      signatureImageId: signature.imageId,
    });
    expect(
      await office().call(
        'letterhead.saveSigner',
        signerInput({ signerId: defaultId, version: signer.version }),
      ),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT', reason: 'stale_version' } });
    expect(
      await office().call('letterhead.saveSigner', signerInput({ signatureImageId: 99_999 })),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', reason: 'image_not_found' } });

    const events = await auditEvents(office(), 'letterhead.signer_saved');
    expect(JSON.parse(events.at(-1)?.details ?? '{}')).toEqual({
      created: false,
      fields: ['positionLines', 'signatureImageId'],
      active: true,
    });
    expect(JSON.stringify(events)).not.toContain('สมศรี');
  });

  it('accepts PNG, JPEG and a plain SVG by content, the same bytes once', async () => {
    const png = await upload(tinyPng());
    expect(png).toMatchObject({ ok: true, value: { mime: 'image/png' } });
    const again = await upload(tinyPng());
    if (!png.ok || !again.ok) throw new Error('stored');
    expect(again.value.imageId).toBe(png.value.imageId);
    expect(png.value.dataUrl).toBe(`data:image/png;base64,${b64(tinyPng())}`);
    expect(await office().ok('letterhead.image', { imageId: png.value.imageId })).toEqual(
      png.value,
    );

    const svg = await upload(PLAIN_SVG);
    expect(svg).toMatchObject({ ok: true, value: { mime: 'image/svg+xml' } });
    expect(await office().call('letterhead.image', { imageId: 99_999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', reason: 'image_not_found' },
    });
  });

  it('refuses what is not an image, unsafe SVGs and oversized files, and audits it', async () => {
    const before = (await auditEvents(office(), 'letterhead.image_refused')).length;
    const refusedAs = async (bytes: Buffer | string, reason: string) =>
      expect(await upload(bytes), reason).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', reason },
      });
    await refusedAs('just some text, renamed emblem.png', 'image_not_recognised');
    await refusedAs(
      Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff', 'latin1'),
      'image_not_recognised',
    );
    await refusedAs('<svg xmlns="http://www.w3.org/2000/svg"><g></svg>', 'image_not_recognised');
    await refusedAs('<html><body>x</body></html>', 'image_not_recognised');
    for (const [name, svg] of Object.entries(UNSAFE_SVGS))
      expect(await upload(svg), name).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', reason: 'image_unsafe_svg' },
      });
    // One byte over the limit reaches the core; far larger is refused by the contract's schema.
    const png = tinyPng();
    const oversized = Buffer.concat([png, Buffer.alloc(IMAGE_MAX_BYTES + 1 - png.length)]);
    await refusedAs(oversized, 'image_too_large');
    expect(await upload(Buffer.alloc(IMAGE_MAX_BYTES * 2))).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    // Text that is not canonical base64 is a broken page, not a person's mistake.
    expect(
      await office().call('letterhead.uploadImage', { purpose: 'emblem', dataBase64: 'a$b=' }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    const refused = (await auditEvents(office(), 'letterhead.image_refused')).slice(before);
    expect(refused).toHaveLength(4 + Object.keys(UNSAFE_SVGS).length + 1);
    expect(refused.every((event) => event.outcome === 'failure')).toBe(true);
    expect(JSON.parse(refused.at(-1)?.details ?? '{}')).toEqual({
      reason: 'image_too_large',
      purpose: 'emblem',
    });
    const stored = await officeDb(office()).selectFrom('document_images').select('mime').execute();
    expect(stored.map((row) => row.mime).sort()).toEqual([
      'image/jpeg',
      'image/png',
      'image/svg+xml',
    ]);
  });

  it('lets only the admin change it; officers read it, mentors cannot', async () => {
    await office().ok('session.signOut');
    await office().ok('session.signIn', { userName: OFFICER.userName, password: OFFICER.password });
    const read = await office().ok('letterhead.get');
    expect(read.configured).toBe(true);
    for (const [channel, input] of [
      ['letterhead.save', letterheadInput({ version: read.version })],
      ['letterhead.saveSigner', signerInput()],
      ['letterhead.uploadImage', { purpose: 'emblem', dataBase64: b64(tinyPng()) }],
    ] as const)
      expect(await office().call(channel, input), channel).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });

    await office().ok('session.signOut');
    await office().ok('session.signIn', { userName: MENTOR.userName, password: MENTOR.password });
    for (const channel of ['letterhead.get', 'letterhead.signers'] as const)
      expect(
        await office().call(
          channel,
          channel === 'letterhead.get' ? {} : { includeInactive: false },
        ),
        channel,
      ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
