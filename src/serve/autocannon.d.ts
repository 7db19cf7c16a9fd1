/** The part of autocannon 9's API that run-load.ts uses (the package ships no types). */
declare module 'autocannon' {
  interface AutocannonRequest {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string | Buffer;
  }
  interface AutocannonOptions {
    url: string;
    connections?: number;
    duration?: number;
    timeout?: number;
    pipelining?: number;
    requests?: AutocannonRequest[];
  }
  interface Histogram {
    average: number;
    mean: number;
    max: number;
    total?: number;
    p50: number;
    p90: number;
    p99: number;
  }
  interface AutocannonResult {
    requests: Histogram;
    latency: Histogram;
    errors: number;
    timeouts: number;
    non2xx: number;
    resets?: number;
    duration: number;
    statusCodeStats: Record<string, { count: number }>;
  }
  interface AutocannonInstance {
    stop(): void;
    /** Every response, with its latency in milliseconds (a float, from process.hrtime). */
    on(event: 'response', listener: (client: unknown, statusCode: number, bytes: number, responseTimeMs: number) => void): this;
  }
  type Callback = (error: Error | null, result: AutocannonResult) => void;
  interface Autocannon {
    (options: AutocannonOptions, callback: Callback): AutocannonInstance;
    track(instance: AutocannonInstance, options: { outputStream?: NodeJS.WritableStream; renderProgressBar?: boolean; renderResultsTable?: boolean; renderLatencyTable?: boolean }): void;
  }
  const autocannon: Autocannon;
  export default autocannon;
}
