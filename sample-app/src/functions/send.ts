// The "send" function (manifest path "/send"): the submit of the "send" command's form.
import { errorResponse, textResponse, type CallHandler } from '../app.js';
import { lambdaHandler } from '../lambda.js';
import { SEND_SUBMIT } from '../paths.js';

/** Replies with the submitted message; the form's expand puts the user in context.acting_user. */
const sendSubmit: CallHandler = (call) => {
  const message = call.values?.message;
  if (typeof message !== 'string' || message.trim() === '') {
    return errorResponse('message is required: /hello-mm-apps send --message "your text"');
  }
  const username = call.context?.acting_user?.username;
  const to = typeof username === 'string' && username !== '' ? `, @${username}` : '';
  return textResponse(`Hello from AWS Lambda${to}: ${message}`);
};

export const handler = lambdaHandler({ [SEND_SUBMIT]: sendSubmit });
