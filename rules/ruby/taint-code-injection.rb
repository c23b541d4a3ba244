class ReportsController < ApplicationController
  EXPORTERS = { "csv" => CsvExporter, "pdf" => PdfExporter }.freeze

  def calc
    # ruleid: ruby.rails.code-injection
    result = eval(params[:expr])
    render plain: result.to_s
  end

  def export
    # ruleid: ruby.rails.code-injection
    exporter = params[:format_class].constantize
    # ruleid: ruby.rails.code-injection
    Report.public_send(params[:scope])

    # ok: ruby.rails.code-injection
    exporter = EXPORTERS.fetch(params[:type])
    exporter.new.run
  end

  def preview
    # ruleid: ruby.rails.code-injection
    render inline: params[:template]
  end

  def sort
    column = params[:by]
    if %w[name date].include?(column)
      # ok: ruby.rails.code-injection
      Report.all.sort_by { |r| r.send(column) }
    end
  end
end
