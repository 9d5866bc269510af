# Orca loads this file from its preferences directory (`orca -u DIR`) as it starts.
# For `npm run test:reader`: what Orca would hand to a speech synthesizer goes, one utterance per
# line, to the file named by $UPK_ORCA_SPEECH; no synthesizer runs and nothing is played.
#
# Orca already logs every utterance to its "speech" logger (its own regression-test hook, lines
# "SPEECH OUTPUT: '...'"); a file handler on that logger is all the capture there is.
import logging
import os

from orca import settings

_target = os.environ.get("UPK_ORCA_SPEECH")


class _OneLine(logging.Formatter):
    def format(self, record):
        text = record.getMessage().replace("\n", " ").replace("\ufffc", "")
        return "%.3f\t%s" % (record.created, text)


if _target:
    _handler = logging.FileHandler(_target, encoding="utf-8")
    _handler.setFormatter(_OneLine())
    logging.getLogger("speech").addHandler(_handler)

# No speech server (no audio device here), and no echo of keys, characters or words: a transcript
# holds what the page makes Orca say, not the keys the runner pressed.
settings.speechServerFactory = None
settings.speechFactoryModules = []
settings.enableKeyEcho = False
settings.enableEchoByCharacter = False
settings.enableEchoByWord = False
