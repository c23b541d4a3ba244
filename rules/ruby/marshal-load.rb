class CartsController < ApplicationController
  def restore
    data = Base64.decode64(cookies[:cart])
    # ruleid: ruby.lang.unsafe-deserialization
    @cart = Marshal.load(data)
  end

  def import(file)
    # ruleid: ruby.lang.unsafe-deserialization
    YAML.unsafe_load(File.read(file))
  end

  # --- Safe versions ---

  def restore_safe
    # ok: ruby.lang.unsafe-deserialization
    @cart = JSON.parse(cookies[:cart])
  end

  def copy(settings)
    # ok: ruby.lang.unsafe-deserialization
    Marshal.load(Marshal.dump(settings))
  end

  def import_safe(file)
    # ok: ruby.lang.unsafe-deserialization
    YAML.safe_load(File.read(file), permitted_classes: [Date])
  end
end
