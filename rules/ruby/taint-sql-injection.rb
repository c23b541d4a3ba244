class UsersController < ApplicationController
  SORTABLE = %w[name created_at].freeze

  def index
    name = params[:name]
    # ruleid: ruby.rails.sql-injection
    @users = User.where("name = '#{name}'")

    # ruleid: ruby.rails.sql-injection
    @users = User.order(params[:sort])

    # ok: ruby.rails.sql-injection
    @users = User.where(name: name)

    # ok: ruby.rails.sql-injection
    @users = User.where("name = ?", name)

    # ok: ruby.rails.sql-injection
    @users = User.where("id = #{params[:id].to_i}")

    sort = params[:sort]
    if SORTABLE.include?(sort)
      # ok: ruby.rails.sql-injection
      @users = User.order("#{sort} DESC")
    end

    # ok: ruby.rails.sql-injection
    @users = User.where("active = true")
  end

  def search
    sql = "SELECT * FROM users WHERE email LIKE '%" + params[:q] + "%'"
    # ruleid: ruby.rails.sql-injection
    @users = User.find_by_sql(sql)

    # ruleid: ruby.rails.sql-injection
    ActiveRecord::Base.connection.execute("DELETE FROM sessions WHERE token = '#{cookies[:token]}'")

    # ok: ruby.rails.sql-injection
    @users = User.find_by_sql(["SELECT * FROM users WHERE email LIKE ?", "%#{params[:q]}%"])
  end

  def report
    purge(params[:before])
  end

  private

  def purge(date)
    # ruleid: ruby.rails.sql-injection
    AuditLog.delete_all("created_at < '#{date}'")
  end
end
