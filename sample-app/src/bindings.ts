// What the app adds to Mattermost's UI: the slash command /hello-mm-apps send --message <text>.
import type { Binding, Form } from './apps.js';
import { SEND_SUBMIT } from './paths.js';

/**
 * The form of "send", embedded in the binding so that the slash command needs no extra call to
 * fetch it. On the command line its field is a flag: /hello-mm-apps send --message "hi there".
 */
export const sendForm: Form = {
  title: 'Send a message',
  fields: [
    {
      name: 'message',
      type: 'text',
      label: 'message',
      description: 'The text to send back',
      is_required: true,
    },
  ],
  // acting_user "summary" puts the user's username in context.acting_user for the reply.
  submit: { path: SEND_SUBMIT, expand: { acting_user: 'summary' } },
};

/** The answer to /bindings: one top-level command with one subcommand. */
export const bindings: Binding[] = [
  {
    location: '/command',
    bindings: [
      {
        location: 'hello-mm-apps',
        label: 'hello-mm-apps',
        icon: 'icon.png',
        description: 'Hello, Mattermost Apps on AWS',
        hint: '[send]',
        bindings: [
          {
            location: 'send',
            label: 'send',
            description: 'Send a message',
            form: sendForm,
          },
        ],
      },
    ],
  },
];
