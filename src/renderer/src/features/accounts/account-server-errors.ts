import type { ServerErrorFields } from '../../components/forms/server-errors';
import { newPasswordReasons } from '../../components/forms/password-reasons';
import type {
  CreateAccountFormInput,
  EditAccountFormValues,
  TemporaryPasswordFormValues,
} from './account-forms';

/** Where main's refusals of a new account go: a taken name and a weak password, under them. */
export const CREATE_ACCOUNT_ERRORS: ServerErrorFields<CreateAccountFormInput> = {
  fields: ['userName', 'fullName', 'position', 'role', 'temporaryPassword'],
  reasons: { user_name_taken: 'userName', ...newPasswordReasons('temporaryPassword') },
};

export const EDIT_ACCOUNT_ERRORS: ServerErrorFields<EditAccountFormValues> = {
  fields: ['fullName', 'position', 'role'],
};

export const TEMPORARY_PASSWORD_ERRORS: ServerErrorFields<TemporaryPasswordFormValues> = {
  fields: ['temporaryPassword'],
  reasons: newPasswordReasons('temporaryPassword'),
};
