import { Anchor, Button, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { MentorProfile } from '../../../../../shared/domain/mentoring';
import { NotFoundPage } from '../../../app/errors/NotFoundPage';
import { toKaonaApiError } from '../../../api';
import { PageHeader } from '../../../components/PageHeader';
import { QueryView } from '../../../components/QueryView';
import { MENTORS_PATH } from '../mentor-paths';
import { mentorsQueries } from '../mentors-queries';
import { useMentorPermissions } from '../use-mentor-permissions';
import { MenteeList } from './MenteeList';
import { MentorProfileForm } from './MentorProfileForm';
import { ProfileView } from './ProfileView';
import { CarryImportPanel, MergeReportsPanel } from '../../mentoring';

/** `/mentors/:userId`: one mentor's profile (with "edit" for managers) and current mentees. */
export function MentorPage() {
  const { userId } = useParams();
  const id = /^\d{1,9}$/.test(userId ?? '') ? Number(userId) : 0;
  if (id <= 0) return <NotFoundPage />;
  return <MentorLoader key={id} userId={id} />;
}

function MentorLoader({ userId }: { userId: number }) {
  const { t } = useTranslation(['mentors', 'shell']);
  const { canManage } = useMentorPermissions();
  const profile = useQuery(mentorsQueries.profile(userId));
  const missing =
    profile.status === 'error' && toKaonaApiError(profile.error).reason === 'mentor_not_found';
  const back = (
    <Anchor component={Link} to={MENTORS_PATH} size="sm">
      {t('profile.back')}
    </Anchor>
  );
  if (missing && canManage) return <NewProfile userId={userId} back={back} />;
  return (
    <Stack gap="lg">
      {back}
      <QueryView query={profile} errorTitle={t('profile.loadFailed')}>
        {(loaded) => <MentorDetails profile={loaded} canManage={canManage} />}
      </QueryView>
    </Stack>
  );
}

function MentorDetails({ profile, canManage }: { profile: MentorProfile; canManage: boolean }) {
  // A mentor account's compartment and carried files come back through these; office staff
  // who mentor work in the office database and have neither.
  const { canCoordinate } = useMentorPermissions();
  const { t } = useTranslation(['mentors', 'auth', 'shell']);
  const [editing, setEditing] = useState(false);
  return (
    <Stack gap="lg">
      <PageHeader
        title={profile.fullName}
        description={[profile.position, t(`auth:roles.${profile.role as 'mentor'}`)]
          .filter(Boolean)
          .join(' · ')}
        actions={
          canManage &&
          !editing && (
            <Button variant="default" onClick={() => setEditing(true)}>
              {t('profile.edit')}
            </Button>
          )
        }
      />
      {editing ? (
        <MentorProfileForm
          userId={profile.userId}
          profile={profile}
          onSaved={() => setEditing(false)}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <ProfileView profile={profile} />
      )}
      <MenteeList userId={profile.userId} />
      {canCoordinate && profile.role === 'mentor' && (
        <>
          <CarryImportPanel mentorId={profile.userId} />
          <MergeReportsPanel mentorId={profile.userId} />
        </>
      )}
    </Stack>
  );
}

function NewProfile({ userId, back }: { userId: number; back: ReactNode }) {
  const { t } = useTranslation(['mentors', 'shell']);
  const candidates = useQuery(mentorsQueries.candidates());
  const name = candidates.data?.find((candidate) => candidate.userId === userId)?.fullName;
  return (
    <Stack gap="lg">
      {back}
      <PageHeader
        title={name ? `${t('profile.newTitle')}: ${name}` : t('profile.newTitle')}
        description={t('profile.newIntro')}
      />
      <MentorProfileForm userId={userId} profile={null} />
    </Stack>
  );
}
