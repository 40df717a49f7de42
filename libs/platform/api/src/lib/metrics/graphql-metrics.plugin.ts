import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Metrics } from './metrics.service';

/**
 * Counts and times every GraphQL operation over HTTP by its name and type (query, mutation), from
 * the request's start to the answer. A document that does not parse or validate has no operation:
 * it is counted as `(invalid)`. Subscriptions run over graphql-ws, outside Apollo's request pipeline.
 */
@Plugin()
export class GraphqlMetricsPlugin implements ApolloServerPlugin {
  constructor(private readonly metrics: Metrics) {}

  async requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
    const started = process.hrtime.bigint();
    let name: string | null | undefined = '(invalid)';
    let type = 'unknown';
    return {
      didResolveOperation: async ({ operationName, operation }) => {
        name = operationName;
        type = operation?.operation ?? 'unknown';
      },
      willSendResponse: async ({ response }) => {
        const body = response.body;
        const failed = body.kind === 'single' ? Boolean(body.singleResult.errors?.length) : false;
        this.metrics.observeOperation(name, type, failed, Number(process.hrtime.bigint() - started) / 1e9);
      },
    };
  }
}
