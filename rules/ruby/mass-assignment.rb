class UsersController < ApplicationController
  def update
    @user = User.find(params[:id])
    # ruleid: ruby.rails.permit-all-params
    @user.update(params.require(:user).permit!)
    redirect_to @user
  end

  def create
    # ruleid: ruby.rails.permit-all-params
    @user = User.new(params[:user].permit!)
    @user.save
  end

  # --- Safe versions ---

  def update_safe
    @user = User.find(params[:id])
    # ok: ruby.rails.permit-all-params
    @user.update(params.require(:user).permit(:name, :email))
    redirect_to @user
  end
end
