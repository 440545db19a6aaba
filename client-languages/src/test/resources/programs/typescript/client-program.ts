// What a consumer does with the generated TypeScript client, printed as key=value lines that
// GeneratedClientsAgainstMockTest compares across languages.
// Arguments: base URL, token, space, audience, destination, action.
import {
  ActivationOutputFromJSON,
  ActivationType,
  ActivationsApi,
  Configuration,
  DestinationReferenceTypeEnum,
  ResponseError,
} from '../client/dist';

const NEWER_ACTIVATION = {
  id: 'act_1', enabled: true, workspaceId: 'wrk_1', spaceId: 'spa_1', audienceId: 'aud_1', connectionId: 'ii_1',
  activationType: 'Some Later Type', activationName: 'Newer', personalization: { profile: { properties: ['email'] } },
  performResync: false, addedLater: { x: 1 },
};

function print(key: string, value: unknown): void {
  console.log(`${key}=${value}`);
}

async function statusOf(call: () => Promise<unknown>): Promise<Response | undefined> {
  try {
    await call();
    return undefined;
  } catch (e) {
    if (e instanceof ResponseError) {
      return e.response;
    }
    throw e;
  }
}

async function main(): Promise<void> {
  const [baseUrl, token, spaceId, audienceId, destinationId, actionId] = process.argv.slice(2);
  const api = new ActivationsApi(new Configuration({ basePath: baseUrl, accessToken: token }));

  const connection = await api.addDestinationToAudience({
    spaceId, audienceId,
    addDestinationToAudienceAlphaInput: { destination: { id: destinationId, type: DestinationReferenceTypeEnum.Destination } },
  });
  const connectionId = connection.data.connection.id;
  print('connection.id', connectionId);

  const created = (await api.addActivationToAudience({
    spaceId, audienceId, connectionId,
    addActivationToAudienceAlphaInput: {
      activationType: ActivationType.AudienceEntered,
      activationName: 'Generated client check',
      performResync: false,
      personalization: { profile: { properties: ['email'] } },
      destinationMapping: { actionId, settings: { email: 'email' } },
    },
  })).data.activation;
  print('activation.id', created.id);

  const read = (await api.getActivationFromAudience({ spaceId, audienceId, id: created.id })).data.activation;
  print('read.id', read.id);
  print('read.name', read.activationName);
  print('read.connectionId', read.connectionId);
  print('read.type', read.activationType);

  const page = (await api.listActivationsFromAudience({ spaceId, audienceId, paginationCount: 1 })).data;
  print('page.size', page.activations.length);
  print('page.next', page.pagination?.next != null);

  const missing = await statusOf(() => api.getActivationFromAudience({ spaceId, audienceId, id: 'act_doesNotExist' }));
  print('missing.status', missing ? missing.status : 200);

  for (let attempt = 0; attempt < 500; attempt++) {
    const limited = await statusOf(() => api.getActivationFromAudience({ spaceId, audienceId, id: created.id }));
    if (limited) {
      print('limited.status', limited.status);
      print('limited.retryAfter', limited.headers.get('Retry-After') ?? '');
      print('limited.remaining', limited.headers.get('X-RateLimit-Remaining') ?? '');
      print('limited.consumed', limited.headers.get('X-RateLimit-Consumed') ?? '');
      print('limited.reset', limited.headers.get('X-RateLimit-Reset') ?? '');
      break;
    }
  }

  // what a newer API version may answer: a field and an activation type this document lacks
  const newer = ActivationOutputFromJSON(NEWER_ACTIVATION);
  print('newer.name', newer.activationName);
  print('newer.type', newer.activationType);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
