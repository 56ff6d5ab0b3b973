import type { FeatureHandlers } from '../handlers';
import { AccountsService, type AccountsDeps } from './accounts-service';

/** The admin's account screens. */
export function accountsHandlers(deps: AccountsDeps): FeatureHandlers<'accounts'> {
  const accounts = new AccountsService(deps);
  return {
    'accounts.list': (_input, call) => accounts.list(call),
    'accounts.create': (input) => accounts.create(input),
    'accounts.update': (input) => accounts.update(input),
    'accounts.resetPassword': async (input) => {
      await accounts.resetPassword(input);
      return null;
    },
    'accounts.disable': async ({ userId }) => {
      await accounts.disable(userId);
      return null;
    },
    'accounts.enable': async (input) => {
      await accounts.enable(input);
      return null;
    },
    'accounts.remove': async ({ userId }) => {
      await accounts.remove(userId);
      return null;
    },
  };
}
