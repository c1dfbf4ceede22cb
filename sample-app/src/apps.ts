// Types for the parts of the Mattermost Apps protocol this app uses, as the Apps plugin encodes
// them in JSON (Go package github.com/mattermost/mattermost-plugin-apps/apps). Only what the app
// reads or writes is typed; the plugin sends more, and Go omits empty fields, so everything it
// sends is optional here.

/** apps.Call: what to invoke, and which context to expand for it. */
export interface Call {
  path: string;
  /** Context to expand, e.g. { acting_user: "summary" }; the plugin fills context accordingly. */
  expand?: Record<string, string>;
  state?: unknown;
}

/** A Mattermost user (model.User), as expanded into the context; "summary" includes username. */
export interface User {
  id?: string;
  username?: string;
  [key: string]: unknown;
}

/** apps.Context: where and for whom the call runs (a subset). */
export interface Context {
  app_id?: string;
  location?: string;
  mattermost_site_url?: string;
  acting_user_id?: string;
  acting_user?: User;
  bot_user_id?: string;
  bot_access_token?: string;
  channel_id?: string;
  team_id?: string;
  [key: string]: unknown;
}

/** apps.CallRequest: the body of every call the plugin sends. */
export interface CallRequest {
  path?: string;
  expand?: Record<string, string>;
  state?: unknown;
  /** Form values by field name: a string for text fields. */
  values?: Record<string, unknown>;
  context?: Context;
  raw_command?: string;
  selected_field?: string;
  query?: string;
}

/** apps.Field: one input of a form; this app uses only text fields. */
export interface Field {
  name: string;
  type: 'text';
  label?: string;
  description?: string;
  hint?: string;
  is_required?: boolean;
}

/** apps.Form: shown as a modal, or parsed from a slash command's arguments. */
export interface Form {
  title?: string;
  header?: string;
  icon?: string;
  fields?: Field[];
  submit?: Call;
}

/** apps.Binding: a UI location the app attaches to; nested bindings are subcommands. */
export interface Binding {
  location?: string;
  icon?: string;
  label?: string;
  hint?: string;
  description?: string;
  submit?: Call;
  form?: Form;
  bindings?: Binding[];
}

/** apps.CallResponse; errors travel as type "error", never as a failed invocation. */
export type CallResponse =
  { type: 'ok'; text?: string; data?: unknown } | { type: 'error'; text: string; data?: unknown } | { type: 'form'; form: Form } | { type: 'navigate'; navigate_to_url: string; use_external_browser?: boolean };
