class DownloadsController < ApplicationController
  BASE = Rails.root.join("storage", "exports")

  def show
    # ruleid: ruby.rails.path-traversal
    send_file Rails.root.join("storage", "exports", params[:file])
  end

  def preview
    path = File.join(BASE, params[:name])
    # ruleid: ruby.rails.path-traversal
    render plain: File.read(path)
  end

  def safe
    # ok: ruby.rails.path-traversal
    send_file File.join(BASE, File.basename(params[:file]))
  end

  def checked
    path = File.expand_path(params[:file], BASE)
    if path.start_with?(BASE.to_s + File::SEPARATOR)
      # ok: ruby.rails.path-traversal
      send_file path
    else
      head :forbidden
    end
  end

  def upload
    upload = params[:upload]
    # ruleid: ruby.rails.path-traversal
    File.open(Rails.root.join("public", "uploads", upload.original_filename), "wb") do |f|
      f.write(upload.read)
    end
    # ok: ruby.rails.path-traversal
    File.open(Rails.root.join("public", "uploads", SecureRandom.uuid), "wb") { |f| f.write(upload.read) }
  end

  def cleanup
    remove_export(params[:id])
  end

  private

  def remove_export(name)
    # ruleid: ruby.rails.path-traversal
    FileUtils.rm_f(File.join("/tmp/exports", name))
  end
end
