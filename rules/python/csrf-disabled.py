from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from flask import Flask

app = Flask(__name__)
# ruleid: python.web.csrf-disabled
app.config["WTF_CSRF_ENABLED"] = False


# ruleid: python.web.csrf-disabled
@csrf_exempt
def change_email(request):
    request.user.email = request.POST["email"]
    request.user.save()
    return JsonResponse({"ok": True})


# --- Safe versions ---


# ok: python.web.csrf-disabled
def change_email_safe(request):
    request.user.email = request.POST["email"]
    request.user.save()
    return JsonResponse({"ok": True})


# ok: python.web.csrf-disabled
WTF_CSRF_ENABLED = True
