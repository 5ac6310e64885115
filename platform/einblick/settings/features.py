"""Settings of single features, read at the end of settings/base.py.

A feature with settings of its own gets a module next to this one and one import line here,
so base.py stays short. Such a module may extend base's lists in place (see selfservice.py).
"""

from .engagement import *  # noqa: F403
from .i18n import *  # noqa: F403
from .international import *  # noqa: F403
from .mail import *  # noqa: F403
from .outlook import *  # noqa: F403
from .pagecache import *  # noqa: F403
from .precount import *  # noqa: F403
from .selfservice import *  # noqa: F403
from .transfer import *  # noqa: F403
