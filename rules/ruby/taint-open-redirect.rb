class SessionsController < ApplicationController
  ALLOWED = ["https://partner.example.com/welcome"].freeze

  def create
    # ruleid: ruby.rails.open-redirect
    redirect_to params[:return_to]
  end

  def destroy
    target = request.referer
    # ruleid: ruby.rails.open-redirect
    redirect_to target, allow_other_host: true
  end

  def show
    # ok: ruby.rails.open-redirect
    redirect_to user_path(params[:id])
  end

  def partner
    dest = params[:to]
    if ALLOWED.include?(dest)
      # ok: ruby.rails.open-redirect
      redirect_to dest, allow_other_host: true
    else
      # ok: ruby.rails.open-redirect
      redirect_to root_path
    end
  end

  def login
    # ok: ruby.rails.open-redirect
    redirect_to "/login?next=#{CGI.escape(params[:next])}"
  end
end
