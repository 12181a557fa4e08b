import twilio from "twilio";

type RequestOptions = Parameters<InstanceType<typeof twilio.RequestClient>["request"]>[0];

/**
 * Twilio's own HTTP client, with every request's origin replaced by `baseUrl` (path and query
 * kept). Lets the real SDK talk to a fake Twilio API on loopback (TWILIO_API_BASE_URL), the way
 * Twilio's docs suggest for custom HTTP clients.
 */
export class RedirectingRequestClient extends twilio.RequestClient {
  private readonly base: URL;

  constructor(baseUrl: string, options?: { timeout?: number }) {
    super(options);
    this.base = new URL(baseUrl);
  }

  override request<TData>(opts: RequestOptions & { data?: TData }) {
    const uri = new URL(opts.uri);
    uri.protocol = this.base.protocol;
    uri.host = this.base.host;
    return super.request<TData>({ ...opts, uri: uri.toString() });
  }
}
