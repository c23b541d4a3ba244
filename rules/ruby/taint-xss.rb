class ProfilesController < ApplicationController
  include ActionView::Helpers::SanitizeHelper

  def show
    # ruleid: ruby.rails.xss
    @bio = params[:bio].html_safe

    greeting = "<h1>Hello, #{params[:name]}</h1>"
    # ruleid: ruby.rails.xss
    render html: greeting.html_safe

    # ok: ruby.rails.xss
    @clean = sanitize(params[:bio], tags: %w[b i a]).html_safe

    # ok: ruby.rails.xss
    @escaped = "<h1>#{ERB::Util.html_escape(params[:name])}</h1>".html_safe

    # ok: ruby.rails.xss
    @static = "<hr>".html_safe
  end

  def banner
    @banner = decorate(params[:text])
  end

  private

  def decorate(text)
    # ruleid: ruby.rails.xss
    raw("<marquee>" + text + "</marquee>")
  end
end
