import * as tls from "node:tls";

export function connect(host: string, port: number): tls.TLSSocket {
  const options: tls.ConnectionOptions = {
    host,
    port,
    // ruleid: javascript.tls.reject-unauthorized-false
    rejectUnauthorized: false,
  };
  return tls.connect(options);
}

export function connectSafe(host: string, port: number): tls.TLSSocket {
  // ok: javascript.tls.reject-unauthorized-false
  return tls.connect({ host, port, servername: host });
}

// ok: javascript.tls.reject-unauthorized-false
// Never set rejectUnauthorized: false outside local tests.
export const strict = { rejectUnauthorized: true };
