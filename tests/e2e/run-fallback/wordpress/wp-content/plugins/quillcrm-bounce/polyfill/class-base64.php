<?php
/**
 * Strict base64, as the extension's `base64` crate reads it.
 *
 * @package QuillCRM\Sns\Polyfill
 */

namespace QuillCRM\Sns\Polyfill;

/**
 * RFC 4648 section 4: the standard alphabet, canonical padding, no white
 * space, and no bit set past the data.
 */
final class Base64 {

	private const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

	/**
	 * The decoded bytes, or null when $text is not canonical base64.
	 *
	 * @param string $text Candidate.
	 */
	public static function strict_decode( string $text ): ?string {
		if ( 1 !== preg_match( '~^(?:[A-Za-z0-9+/]{4})*+(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$~D', $text ) ) {
			return null;
		}
		$padding = strlen( $text ) - strlen( rtrim( $text, '=' ) );
		if ( $padding > 0 ) {
			$last = strpos( self::ALPHABET, $text[ strlen( $text ) - $padding - 1 ] );
			if ( 0 !== ( $last & ( 2 === $padding ? 0x0f : 0x03 ) ) ) {
				return null;
			}
		}
		$decoded = base64_decode( $text, true );
		return false === $decoded ? null : $decoded;
	}
}
