class AccountsController < ApplicationController
  # ruleid: ruby.rails.csrf-disabled
  skip_before_action :verify_authenticity_token

  def update_email
    current_user.update(email: params[:email])
  end
end

class PaymentsController < ApplicationController
  # ruleid: ruby.rails.csrf-disabled
  skip_before_action :verify_authenticity_token, only: [:create]
end

# --- Safe versions ---

class SettingsController < ApplicationController
  # ok: ruby.rails.csrf-disabled
  protect_from_forgery with: :exception
  # ok: ruby.rails.csrf-disabled
  before_action :authenticate_user!
end
