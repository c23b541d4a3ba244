require "securerandom"

class SessionsController < ApplicationController
  def create
    # ruleid: ruby.lang.weak-random
    token = rand(36**32).to_s(36)
    # ruleid: ruby.lang.weak-random
    cookies[:remember_token] = token
    # ruleid: ruby.lang.weak-random
    session[:csrf] = Random.new.rand(2**64).to_s(16)
    redirect_to root_path
  end

  def reset(user)
    chars = ("a".."z").to_a + ("0".."9").to_a
    # A value computed inside a block does not flow out of it yet.
    # todoruleid: ruby.lang.weak-random
    user.reset_token = Array.new(20) { chars.sample }.join
    # ruleid: ruby.lang.weak-random
    user.api_key = chars.sample(32).join
    user.save
  end

  def generate_password(length = 12)
    chars = [*"A".."Z", *"a".."z", *"0".."9"]
    # ruleid: ruby.lang.weak-random
    return chars.shuffle.first(length).join
  end

  def issue_otp(user)
    # ruleid: ruby.lang.weak-random
    otp = format("%06d", rand(1_000_000))
    user.deliver(otp)
  end

  # --- Safe versions ---

  def create_safe
    # ok: ruby.lang.weak-random
    token = SecureRandom.urlsafe_base64(32)
    # ok: ruby.lang.weak-random
    cookies[:remember_token] = token
    # ok: ruby.lang.weak-random
    session[:csrf] = SecureRandom.hex(16)
  end

  def pick_tip
    tips = ["Drink water", "Stretch"]
    # ok: ruby.lang.weak-random
    tip = tips.sample
    # ok: ruby.lang.weak-random
    delay = rand(5)
    sleep(delay)
    tip
  end

  def otp_safe(user)
    chars = ("0".."9").to_a
    # ok: ruby.lang.weak-random
    code = Array.new(6) { chars.sample(random: SecureRandom) }.join
    # ok: ruby.lang.weak-random
    otp = SecureRandom.random_number(1_000_000)
    user.deliver(code, otp)
  end
end
