import { Navigate } from 'react-router';
import { useSignedInUser } from './session/session-context';
import { homePathFor } from './navigation';

/** The root address: on to the signed-in person's home page (the case list for office roles). */
export function HomeRedirect() {
  const { role } = useSignedInUser();
  return <Navigate to={homePathFor(role)} replace />;
}
