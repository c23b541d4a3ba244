require "open3"
require "shellwords"

class ImagesController < ApplicationController
  def resize
    path = params[:path]
    # ruleid: ruby.lang.shell-command-interpolation
    system("convert #{path} -resize 200x200 #{path}.thumb.png")
    head :ok
  end

  def info
    # ruleid: ruby.lang.shell-command-interpolation
    output = `identify #{params[:file]}`
    render plain: output
  end

  def grep
    # ruleid: ruby.lang.shell-command-interpolation
    out, _status = Open3.capture2("grep -r " + params[:q] + " /srv/docs")
    render plain: out
  end

  def archive
    # ruleid: ruby.lang.shell-command-interpolation
    system "tar czf /tmp/#{params[:name]}.tgz /srv/data"
  end

  def resize_safe
    path = params[:path]
    # ok: ruby.lang.shell-command-interpolation
    system("convert", path, "-resize", "200x200", "#{path}.thumb.png")
    head :ok
  end

  def info_safe
    # ok: ruby.lang.shell-command-interpolation
    out, _status = Open3.capture2("identify", params[:file])
    render plain: out
  end

  def uptime
    # ok: ruby.lang.shell-command-interpolation
    render plain: `uptime`
  end

  def archive_quoted
    # ok: ruby.lang.shell-command-interpolation
    system("tar czf /tmp/#{Shellwords.escape(params[:name])}.tgz /srv/data")
  end

  def greeting
    # ok: ruby.lang.shell-command-interpolation
    render plain: "Hello #{params[:name]}"
  end
end
