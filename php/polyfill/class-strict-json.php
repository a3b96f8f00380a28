<?php
/**
 * JSON exactly as the extension reads it (serde_json): RFC 8259 with no
 * extension. What is *read* is validated: strings without a lone surrogate
 * escape, numbers that fit a double, at most 127 nested arrays and objects,
 * object keys. What the extension *skips* (serde's IgnoredAny) is checked
 * for syntax only, at any depth, as serde_json's ignore_value() does.
 *
 * @package QuillCRM\Sns\Polyfill
 */

namespace QuillCRM\Sns\Polyfill;

/**
 * A cursor over one document (valid UTF-8, checked by the caller).
 */
final class StrictJson {

	/** serde_json's recursion limit: 128, one used by every array or object read. */
	private const DEPTH = 128;

	/** A JSON string token, escapes well formed (UTF-8 was checked before). */
	private const STRING = '/\G"((?:[^"\\\\\x00-\x1f]++|\\\\(?:["\\\\\/bfnrt]|u[0-9a-fA-F]{4}))*+)"/';

	/** A JSON number token. */
	private const NUMBER = '/\G-?(?:0|[1-9][0-9]*+)(?:\.[0-9]++)?(?:[eE][+-]?[0-9]++)?/';

	private string $text;
	private int $at = 0;
	private int $depth_left = self::DEPTH;

	public function __construct( string $text ) {
		$this->text = $text;
	}

	/**
	 * Reads a whole document that must be one object, every value read as
	 * serde_json::Value reads it, refusing a duplicated top-level key and
	 * more than $max_members members (checked as each key is read).
	 *
	 * @param string $text        The document.
	 * @param int    $max_members The most members.
	 * @return array<string, mixed> The members: strings as strings, null as null, anything else as false.
	 * @throws JsonError When it is not such an object.
	 */
	public static function decode_object( string $text, int $max_members ): array {
		$reader = new self( $text );
		$first  = $reader->peek();
		if ( '{' !== $first ) {
			$reader->value(); // A syntax error names the real problem first.
			$kinds = array( '[' => 'a JSON array', '"' => 'a JSON string', 't' => 'a JSON boolean', 'f' => 'a JSON boolean', 'n' => 'JSON null' );
			throw new JsonError( 'the body is ' . ( $kinds[ $first ] ?? 'a JSON number' ) . ', not an object' );
		}
		$members = array();
		$reader->each_member(
			function ( string $key ) use ( $reader, &$members, $max_members ): void {
				if ( count( $members ) === $max_members ) {
					throw new JsonError( "the object has more than {$max_members} members" );
				}
				if ( array_key_exists( $key, $members ) ) {
					throw new JsonError( 'the key ' . Failure::quote_untrusted( $key ) . ' appears twice' );
				}
				$value           = $reader->value();
				$members[ $key ] = is_string( $value ) || null === $value ? $value : false;
			}
		);
		$reader->end();
		return $members;
	}

	/** The next significant character ('' at the end). */
	public function peek(): string {
		$this->whitespace();
		return $this->text[ $this->at ] ?? '';
	}

	/** @throws JsonError When anything but white space follows. */
	public function end(): void {
		if ( '' !== $this->peek() ) {
			throw new JsonError( 'trailing characters' );
		}
	}

	/**
	 * Reads a value as serde_json::Value does: everything validated.
	 *
	 * @return string|null|false A string, null, or false for anything else.
	 * @throws JsonError
	 */
	public function value() {
		switch ( $this->peek() ) {
			case '{':
				$this->each_member( fn() => $this->value() );
				return false;
			case '[':
				$this->each_element( fn() => $this->value() );
				return false;
			case '"':
				return $this->string();
		}
		return $this->scalar();
	}

	/**
	 * Reads a string, a number, true, false or null (validated).
	 *
	 * @return string|null|false The string, null, or false.
	 * @throws JsonError
	 */
	public function scalar() {
		$char = $this->peek();
		if ( '"' === $char ) {
			return $this->string();
		}
		if ( 't' === $char || 'f' === $char ) {
			$this->literal( 't' === $char ? 'true' : 'false' );
			return false;
		}
		if ( 'n' === $char ) {
			$this->literal( 'null' );
			return null;
		}
		if ( '-' === $char || 1 === strspn( $char, '0123456789' ) ) {
			$this->number( true );
			return false;
		}
		throw new JsonError( '' === $char ? 'EOF while parsing a value' : 'expected value' );
	}

	/**
	 * Reads an object, depth-checked, calling $member with each key (read
	 * and validated) while the cursor is on its value; $member must read or
	 * skip the value.
	 *
	 * @param callable(string): void $member Called per member.
	 * @throws JsonError
	 */
	public function each_member( callable $member ): void {
		$this->enter( '{' );
		if ( '}' === $this->peek() ) {
			$this->leave();
			return;
		}
		while ( true ) {
			if ( '"' !== $this->peek() ) {
				throw new JsonError( 'key must be a string' );
			}
			$key = $this->string();
			$this->expect( ':' );
			$member( $key );
			$char = $this->peek();
			++$this->at;
			if ( '}' === $char ) {
				++$this->depth_left;
				return;
			}
			if ( ',' !== $char ) {
				throw new JsonError( '' === $char ? 'EOF while parsing an object' : 'expected `,` or `}`' );
			}
		}
	}

	/**
	 * Reads an array, depth-checked, calling $element while the cursor is on
	 * each element; $element must read or skip it.
	 *
	 * @param callable(): void $element Called per element.
	 * @throws JsonError
	 */
	public function each_element( callable $element ): void {
		$this->enter( '[' );
		if ( ']' === $this->peek() ) {
			$this->leave();
			return;
		}
		while ( true ) {
			$element();
			$char = $this->peek();
			++$this->at;
			if ( ']' === $char ) {
				++$this->depth_left;
				return;
			}
			if ( ',' !== $char ) {
				throw new JsonError( '' === $char ? 'EOF while parsing a list' : 'expected `,` or `]`' );
			}
		}
	}

	/**
	 * Skips a value as serde's IgnoredAny does (serde_json's ignore_value()):
	 * syntax only, any depth, no escape decoded, no number range checked.
	 *
	 * @throws JsonError When it is not well formed.
	 */
	public function ignore(): void {
		$closers = array();
		while ( true ) {
			$char = $this->peek();
			if ( '[' === $char || '{' === $char ) {
				++$this->at;
				$closers[] = '[' === $char ? ']' : '}';
				$next      = $this->peek();
				if ( end( $closers ) === $next ) {
					++$this->at;
					array_pop( $closers );
				} else {
					if ( '{' === $char ) {
						$this->object_key();
					}
					continue;
				}
			} elseif ( '"' === $char ) {
				$this->string_token();
			} elseif ( 't' === $char || 'f' === $char ) {
				$this->literal( 't' === $char ? 'true' : 'false' );
			} elseif ( 'n' === $char ) {
				$this->literal( 'null' );
			} elseif ( '-' === $char || 1 === strspn( $char, '0123456789' ) ) {
				$this->number( false );
			} else {
				throw new JsonError( '' === $char ? 'EOF while parsing a value' : 'expected value' );
			}
			// After a value: the end of its containers, or the next one.
			while ( array() !== $closers ) {
				$char = $this->peek();
				++$this->at;
				if ( end( $closers ) === $char ) {
					array_pop( $closers );
					continue;
				}
				if ( ',' !== $char ) {
					throw new JsonError( 'expected `,` or the end of a container' );
				}
				if ( '}' === end( $closers ) ) {
					$this->object_key();
				}
				break;
			}
			if ( array() === $closers ) {
				return;
			}
		}
	}

	/**
	 * A skipped object's key and its colon.
	 *
	 * @throws JsonError
	 */
	private function object_key(): void {
		if ( '"' !== $this->peek() ) {
			throw new JsonError( 'key must be a string' );
		}
		$this->string_token();
		$this->expect( ':' );
	}

	/**
	 * Reads and decodes a string; a lone surrogate escape is refused.
	 *
	 * @throws JsonError
	 */
	public function string(): string {
		$token = $this->string_token();
		if ( false === strpos( $token, '\\' ) ) {
			return substr( $token, 1, -1 );
		}
		$decoded = json_decode( $token );
		if ( ! is_string( $decoded ) ) {
			throw new JsonError( 'lone surrogate in a hex escape' );
		}
		return $decoded;
	}

	/**
	 * A string token, quotes included, escapes well formed.
	 *
	 * @throws JsonError
	 */
	private function string_token(): string {
		if ( 1 !== preg_match( self::STRING, $this->text, $match, 0, $this->at ) ) {
			throw new JsonError( 'invalid string (a control character, a bad escape or no closing quote)' );
		}
		$this->at += strlen( $match[0] );
		return $match[0];
	}

	/**
	 * A number; read ($check_range) ones must fit a double.
	 *
	 * @throws JsonError
	 */
	private function number( bool $check_range ): void {
		if ( 1 !== preg_match( self::NUMBER, $this->text, $match, 0, $this->at ) ) {
			throw new JsonError( 'invalid number' );
		}
		$this->at += strlen( $match[0] );
		if ( $check_range && is_infinite( (float) $match[0] ) ) {
			throw new JsonError( 'number out of range' );
		}
	}

	/** @throws JsonError */
	private function literal( string $word ): void {
		if ( substr( $this->text, $this->at, strlen( $word ) ) !== $word ) {
			throw new JsonError( 'expected ident' );
		}
		$this->at += strlen( $word );
	}

	/** @throws JsonError When the recursion limit is reached. */
	private function enter( string $opener ): void {
		if ( 0 === --$this->depth_left ) {
			throw new JsonError( 'recursion limit exceeded' );
		}
		$this->expect( $opener );
	}

	private function leave(): void {
		++$this->at;
		++$this->depth_left;
	}

	/** @throws JsonError */
	private function expect( string $char ): void {
		if ( $this->peek() !== $char ) {
			throw new JsonError( "expected `{$char}`" );
		}
		++$this->at;
	}

	private function whitespace(): void {
		$this->at += strspn( $this->text, " \t\n\r", $this->at );
	}
}
