require "open3"
require "shellwords"

class ToolsController < ApplicationController
  def ping
    host = params[:host]
    # ruleid: ruby.rails.command-injection
    output = `ping -c 1 #{host}`

    # ruleid: ruby.rails.command-injection
    system("nslookup #{params[:domain]}")

    # ruleid: ruby.rails.command-injection
    stdout, status = Open3.capture2("dig", params[:name])

    # ruleid: ruby.rails.command-injection
    listing = %x(ls -l #{params[:dir]})

    # ok: ruby.rails.command-injection
    system("ping -c 1 #{Shellwords.escape(host)}")

    count = params[:count].to_i
    # ok: ruby.rails.command-injection
    system("ping -c #{count} localhost")

    # ok: ruby.rails.command-injection
    output = `uptime`

    render plain: output
  end

  def import
    # ruleid: ruby.rails.command-injection
    data = open(params[:source]).read
    convert(params[:file])
    render plain: data
  end

  private

  def convert(name)
    # ruleid: ruby.rails.command-injection
    system("convert #{name} /tmp/out.png")
  end
end

class StreamController < ApplicationController
  def tail
    # ruleid: ruby.rails.command-injection
    IO.popen("tail -n 50 #{params[:log]}") do |io|
      render plain: io.read
    end
  end
end
