import { Route, Routes, useParams } from 'react-router';
import { IntakePage } from '../../../src/renderer/src/features/intake/IntakePage';
import { SIGNED_IN_ADMIN, renderAdminPage } from './render-admin-page';

function CaseLanding() {
  const { caseId } = useParams();
  return <p>case page {caseId}</p>;
}

/** The intake page at its route, with a stand-in for the case page it goes to after saving. */
export function renderIntake() {
  return renderAdminPage(
    <Routes>
      <Route path="/" element={<IntakePage />} />
      <Route path="/cases/:caseId" element={<CaseLanding />} />
    </Routes>,
    { ...SIGNED_IN_ADMIN, role: 'officer' },
  );
}
