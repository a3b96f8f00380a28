<?php
/**
 * What StrictJson throws.
 *
 * @package QuillCRM\Sns\Polyfill
 */

namespace QuillCRM\Sns\Polyfill;

/**
 * Not strict JSON; the message says why.
 */
final class JsonError extends \Exception {
}
