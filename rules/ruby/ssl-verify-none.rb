require "net/http"

def fetch(uri)
  http = Net::HTTP.new(uri.host, uri.port)
  http.use_ssl = true
  # ruleid: ruby.openssl.verify-none
  http.verify_mode = OpenSSL::SSL::VERIFY_NONE
  http.get(uri.request_uri)
end

def report(url, payload)
  # ruleid: ruby.openssl.verify-none
  HTTParty.post(url, body: payload, verify: false)
end

def client(url)
  # ruleid: ruby.openssl.verify-none
  Faraday.new(url: url, ssl: { verify: false })
end

# --- Safe versions ---

def fetch_safe(uri)
  http = Net::HTTP.new(uri.host, uri.port)
  http.use_ssl = true
  # ok: ruby.openssl.verify-none
  http.verify_mode = OpenSSL::SSL::VERIFY_PEER
  http.get(uri.request_uri)
end

def report_safe(url, payload)
  # ok: ruby.openssl.verify-none
  HTTParty.post(url, body: payload)
end
