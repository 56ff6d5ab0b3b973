import { SimpleGrid, Stack } from '@mantine/core';
import type { CaseFile } from '../../../../shared/domain/cases';
import { roleHasPermission } from '../../../../shared/permissions';
import { useSignedInUser } from '../../app/session/session-context';
import { BaselineSection } from './BaselineSection';
import { BusinessSection } from './BusinessSection';
import { ContactSection } from './ContactSection';
import { IdentitySection } from './IdentitySection';
import { PersonSection } from './PersonSection';
import { ProgrammeSection } from './ProgrammeSection';
import { SensitiveSection } from './SensitiveSection';
import { useReveal } from './use-reveal';

/** The person and the case, section by section, each with its own "edit". */
export function ProfileTab({ file }: { file: CaseFile }) {
  const { role } = useSignedInUser();
  // An erased person's case takes nothing new (main refuses it too).
  const canWrite = roleHasPermission(role, 'cases.write') && file.profile.erasedAt === null;
  const reveal = useReveal(file.case.caseId);
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <PersonSection file={file} canEdit={canWrite} />
        <IdentitySection file={file} reveal={reveal} />
        <ContactSection file={file} canEdit={canWrite} />
        <ProgrammeSection details={file.case} canEdit={canWrite} />
        <BaselineSection details={file.case} canEdit={canWrite} />
        <SensitiveSection file={file} reveal={reveal} />
      </SimpleGrid>
      <BusinessSection details={file.case} canEdit={canWrite} />
    </Stack>
  );
}
