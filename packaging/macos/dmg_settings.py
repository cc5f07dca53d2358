# dmgbuild settings for the SIP ALG Doctor disk image (the usual drag-to-Applications
# window). Used by packaging/build.py:
#   dmgbuild -s packaging/macos/dmg_settings.py -D app="<path>/SIP ALG Doctor.app" \
#            "SIP ALG Doctor" "<out>.dmg"
# dmgbuild runs this file with a ``defines`` dict in scope.
# ruff: noqa: F821
import os.path

application = defines.get("app", "packaging/out/dist/SIP ALG Doctor.app")  # type: ignore[name-defined]
appname = os.path.basename(application)

volume_name = defines.get("volume_name", "SIP ALG Doctor")  # type: ignore[name-defined]
format = defines.get("format", "UDZO")  # compressed, read-only
filesystem = "HFS+"
size = None  # computed from the contents

files = [application]
symlinks = {"Applications": "/Applications"}
icon = os.path.join(os.path.dirname(application), "..", "..", "..", "resources", "icons",
                    "sipalg.icns")
badge_icon = None

# The window: the app on the left, an Applications link on the right, an arrow between.
background = "builtin-arrow"
window_rect = ((200, 120), (640, 320))
default_view = "icon-view"
show_status_bar = False
show_tab_view = False
show_toolbar = False
show_pathbar = False
show_sidebar = False
icon_size = 128
text_size = 13
icon_locations = {appname: (160, 150), "Applications": (480, 150)}
arrange_by = None
hide_extensions = [appname]
