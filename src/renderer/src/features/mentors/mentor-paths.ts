export const MENTORS_PATH = '/mentors';

export function mentorPath(userId: number): string {
  return `${MENTORS_PATH}/${userId}`;
}
