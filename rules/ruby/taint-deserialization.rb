require "yaml"

class ImportsController < ApplicationController
  def create
    # ruleid: ruby.rails.unsafe-deserialization
    state = Marshal.load(Base64.decode64(params[:state]))

    # ruleid: ruby.rails.unsafe-deserialization
    config = YAML.load(request.body.read)

    # ruleid: ruby.rails.unsafe-deserialization
    prefs = Marshal.load(cookies[:prefs])

    # ok: ruby.rails.unsafe-deserialization
    data = JSON.parse(request.body.read)

    # ok: ruby.rails.unsafe-deserialization
    config = YAML.safe_load(params[:config], permitted_classes: [Date])

    # ok: ruby.rails.unsafe-deserialization
    cart = Marshal.load(cookies.encrypted[:cart])

    # ok: ruby.rails.unsafe-deserialization
    defaults = YAML.load(File.read(Rails.root.join("config", "defaults.yml")))

    head :ok
  end
end
