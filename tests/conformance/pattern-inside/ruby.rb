class UsersController < ApplicationController
  def show
    # ruleid: conf.pattern-inside.ruby
    User.find(params[:id])
  end
end

class Helper
  def show
    # ok: conf.pattern-inside.ruby
    User.find(params[:id])
  end
end
