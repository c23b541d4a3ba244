require "net/http"
require "open-uri"

class PreviewsController < ApplicationController
  def show
    url = params[:url]
    # ruleid: ruby.rails.ssrf
    body = URI.open(url).read
    render plain: body
  end

  def fetch
    uri = URI.parse(params[:target])
    # ruleid: ruby.rails.ssrf
    response = Net::HTTP.get_response(uri)
    render plain: response.body
  end

  def webhook
    # ruleid: ruby.rails.ssrf
    HTTParty.post(params[:callback], body: { ok: true }.to_json)
    head :ok
  end

  # --- Safe versions ---

  ALLOWED_HOSTS = %w[api.example.com cdn.example.com].freeze

  def show_safe
    # ok: ruby.rails.ssrf
    body = URI.open("https://api.example.com/status").read
    render plain: body
  end

  def fetch_item
    id = params[:id].to_i
    # ok: ruby.rails.ssrf
    response = Net::HTTP.get_response(URI("https://api.example.com/items/#{id}"))
    render plain: response.body
  end
end
