// The "main" function (manifest path "/"): the calls no function with a longer path takes.
import { dataResponse, textResponse } from '../app.js';
import { bindings } from '../bindings.js';
import { lambdaHandler } from '../lambda.js';
import { BINDINGS, PING } from '../paths.js';

export const handler = lambdaHandler({
  // What `appsctl aws test lambda` checks: apps.NewTextResponse("PONG").
  [PING]: () => textResponse('PONG'),
  // The plugin asks for the app's UI when a user loads a channel.
  [BINDINGS]: () => dataResponse(bindings),
});
