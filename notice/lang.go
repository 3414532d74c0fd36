package notice

import (
	"strconv"

	"golang.org/x/text/language"

	"github.com/iprborder/iprborder/internal/textcode"
)

// langID indexes the supported languages in the tables of this package.
type langID uint8

const (
	langZh langID = iota // Simplified Chinese, the authoritative text.
	langEn               // English.
	numLangs
)

// langTags are the supported languages' tags, by langID.
var langTags = [numLangs]language.Tag{
	langZh: language.SimplifiedChinese,
	langEn: language.English,
}

// langCodes are the supported languages' BCP 47 codes, by langID.
var langCodes = func() (codes [numLangs]string) {
	for id, tag := range langTags {
		codes[id] = tag.String()
	}
	return codes
}()

// Languages returns the languages notices are written in: Simplified
// Chinese (zh-Hans), the authoritative text, and English (en). Each call
// returns a new slice.
func Languages() []language.Tag { return []language.Tag{langTags[langZh], langTags[langEn]} }

// Match returns the supported language that tag asks for, or a
// [*LanguageError] if there is none. Chinese in the simplified script
// (zh, zh-CN, zh-Hans, zh-Hans-CN, zh-SG) matches zh-Hans; English in any
// region (en, en-US, en-GB) matches en. Chinese in the traditional script
// (zh-Hant, zh-TW, zh-HK) and every other language, including und, is
// refused: a legal notice never falls back to a language the reader did
// not ask for.
func Match(tag language.Tag) (language.Tag, error) {
	id, err := match(tag)
	if err != nil {
		return language.Und, err
	}
	return langTags[id], nil
}

func match(tag language.Tag) (langID, error) {
	// The base language must be stated, not guessed: und's likely base
	// is English, which must not make und acceptable.
	base, conf := tag.Base()
	if conf == language.Exact {
		script, _ := tag.Script()
		switch base.String() {
		case "zh":
			if script.String() == "Hans" {
				return langZh, nil
			}
		case "en":
			if script.String() == "Latn" {
				return langEn, nil
			}
		}
	}
	return 0, &LanguageError{Tag: tag}
}

// LanguageError reports a language tag no notice is written in. It
// matches [ErrUnsupportedLanguage].
type LanguageError struct {
	Tag language.Tag // The tag asked for.
}

// Error returns "notice: unsupported language", the tag quoted, and the
// languages that are supported.
func (e *LanguageError) Error() string {
	return "notice: unsupported language " + strconv.Quote(textcode.Clip(e.Tag.String())) + ": supported are zh-Hans, en"
}

// Is reports whether target is [ErrUnsupportedLanguage].
func (e *LanguageError) Is(target error) bool { return target == ErrUnsupportedLanguage }

// messageError reports a message that a language's catalog lacks: a
// programmer error that the catalog's completeness test catches, reported
// at run time as an error rather than as the message's key.
type messageError struct {
	lang langID
	key  string
}

func (e *messageError) Error() string {
	return "notice: no " + langTags[e.lang].String() + " text for message " + strconv.Quote(textcode.Clip(e.key))
}

// Is reports whether target is [ErrUnsupportedLanguage].
func (e *messageError) Is(target error) bool { return target == ErrUnsupportedLanguage }
